package cn.gongkai.requests;

/** Where a request stands, derived from its events. */
public enum RequestStatus {
    /** Online, SMS or kiosk request not yet confirmed by staff: no period runs (Art. 31). */
    AWAITING_RECEIPT,
    /** Correction notice sent; the answer period waits for the supplement (Art. 30). */
    AWAITING_CORRECTION,
    /** The answer period runs. */
    OPEN,
    /** Consultation under way; the clock is stopped (Art. 32–34). */
    PAUSED,
    CONCLUDED;

    public boolean isOpen() {
        return this != CONCLUDED;
    }
}
