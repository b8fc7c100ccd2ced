package vn.chibo.meeting;

/**
 * A step's form carries the meeting's version as the page saw it, so a save made over someone
 * else's newer save is refused and the form shown again as typed.
 */
abstract class VersionedForm {
    private long version;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
