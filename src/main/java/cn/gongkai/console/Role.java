package cn.gongkai.console;

/** What a console account may do: staff see phone numbers masked; admin may reveal one and read the audit log. */
public enum Role {
    STAFF("工作人员"),
    ADMIN("管理员");

    public final String label;

    Role(String label) {
        this.label = label;
    }
}
