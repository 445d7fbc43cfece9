package cn.gongkai.requests;

/**
 * What staff add to a request that arrived incomplete (Art. 29): any field left null stays as
 * recorded. SMS and kiosk requests carry a description and a phone number at most.
 */
public record Completion(
        ApplicantType applicantType,
        String name,
        String contact,
        Boolean identityVerified,
        String content,
        String formWanted,
        String address,
        DeliveryWanted delivery) {

    public static final Completion NONE = new Completion(null, null, null, null, null, null, null, null);

    /** Only the applicant type (chosen when receipt is confirmed: an organisation can text too). */
    public static Completion applicantType(ApplicantType type) {
        return new Completion(type, null, null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
