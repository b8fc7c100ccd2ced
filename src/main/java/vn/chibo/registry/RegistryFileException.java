package vn.chibo.registry;

/** The file cannot be read as a registry at all (type, password, a sheet or a column missing, empty). */
class RegistryFileException extends Exception {

    private final String messageKey;
    private final transient Object[] arguments;

    RegistryFileException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
