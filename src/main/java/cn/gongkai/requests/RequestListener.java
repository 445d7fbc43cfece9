package cn.gongkai.requests;

/**
 * Told after a change to a request has committed (the SMS channel texts the applicant). A
 * listener that fails is logged and ignored: a notice never undoes staff work.
 */
@FunctionalInterface
public interface RequestListener {
    RequestListener NONE = (service, id, kind) -> {};

    /** {@code kind} is RECEIVED, CORRECTION_REQUESTED or CONCLUDED. */
    void committed(RequestService service, long requestId, EventKind kind);
}
