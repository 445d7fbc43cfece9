package cn.gongkai.kiosk;

/**
 * What the kiosk holds about the person in front of it: the query being typed, the document
 * last opened (to fill in "what information" on a request) and the request form. Replaced
 * whole when the kiosk goes idle, so the next person inherits nothing.
 */
final class Session {
    final StringBuilder query = new StringBuilder();
    String lastLoggedQuery;
    String lastTitle;
    RequestForm form;
    /** The staff call this person made, while nobody has arrived yet; null otherwise. */
    Long callId;
    cn.gongkai.hall.StaffCalls.Outcome callSeen;
    java.time.Instant callAt;
}
