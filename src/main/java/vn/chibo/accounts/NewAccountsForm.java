package vn.chibo.accounts;

import java.util.LinkedHashMap;
import java.util.Map;

/** The usernames typed for the members who get an account, by member id. */
class NewAccountsForm {

    private Map<Long, String> usernames = new LinkedHashMap<>();

    public Map<Long, String> getUsernames() {
        return usernames;
    }

    public void setUsernames(Map<Long, String> usernames) {
        this.usernames = usernames;
    }
}
