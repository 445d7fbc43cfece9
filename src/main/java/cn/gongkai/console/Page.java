package cn.gongkai.console;

/**
 * What the layout of every console page needs: the title, which menu item is current, who is
 * logged in, the CSRF token for its forms, and a one-shot message from the last action.
 */
public record Page(String title, String nav, String user, Role role, String csrf, String flash, boolean flashError) {

    public boolean admin() {
        return role == Role.ADMIN;
    }
}
