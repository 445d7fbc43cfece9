package cn.gongkai.kiosk;

import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.DeliveryWanted;

/**
 * The answers to a kiosk request, only the fields Art. 29 of the 条例 asks for: who applies
 * (name or organisation and applicant type), a contact phone, what information, and the form
 * wanted. Held in memory until it is filed; forgotten when the kiosk goes idle.
 */
final class RequestForm {
    /** The questions, one a screen, in order. */
    enum Step { NOTICE, TYPE, NAME, PHONE, CONTENT, FORM, ADDRESS, CONFIRM, RECEIPT }

    Step step = Step.NOTICE;
    ApplicantType type;
    final StringBuilder name = new StringBuilder();
    final StringBuilder phone = new StringBuilder();
    final StringBuilder content = new StringBuilder();
    /** Where to post paper copies, asked only when that is the form wanted. */
    final StringBuilder address = new StringBuilder();
    /** The pinyin being spelt on the name or address screen, not yet a character. */
    final StringBuilder pinyin = new StringBuilder();
    /** The applicant chose to give the name at the desk instead of spelling it here. */
    boolean nameAtDesk;
    String formWanted;
    /** How the answer reaches the applicant, from the form chosen (MAIL needs the address). */
    DeliveryWanted delivery;
    String receiptCode;
    /** Filed while the server could not be reached: receiptCode is the kiosk's own reference. */
    boolean queued;

    /** After filing, only the receipt number is kept for the last screen. */
    void forgetAnswers() {
        type = null;
        name.setLength(0);
        phone.setLength(0);
        content.setLength(0);
        address.setLength(0);
        pinyin.setLength(0);
        nameAtDesk = false;
        formWanted = null;
        delivery = null;
    }
}
