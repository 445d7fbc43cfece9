package cn.gongkai.requests;

/** What can happen to a formal request; its state is the fold of these, in order. */
public enum EventKind {
    /** Art. 31: the receipt date the periods count from. */
    RECEIVED,
    /** Art. 30: the applicant was told, once, what to supplement. */
    CORRECTION_REQUESTED,
    /** Art. 30: the supplemented request arrived; the answer period restarts from here. */
    CORRECTED,
    /** Art. 33: one extension, approved by the head of the disclosure office. */
    EXTENDED,
    /** Art. 32–34: consultation of a third party or another body stops the clock. */
    PAUSED,
    RESUMED,
    /** Answered, with one result code. */
    CONCLUDED,
    REVIEW_FILED,
    REVIEW_DECIDED,
    NOTE,
    /** Art. 29: staff completed what the request lacked (name, contact, description…); see request_completions. */
    COMPLETED,
    /** Art. 35: the applicant was asked to explain requests beyond a reasonable number or frequency. */
    REASONS_ASKED,
    /** Art. 35: a reasonable later deadline, with its reason; it replaces the Art. 33 due date. */
    LATER_DEADLINE
}
