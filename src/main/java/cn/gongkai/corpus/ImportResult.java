package cn.gongkai.corpus;

import java.util.List;

/**
 * What an import read: the disclosures, every file (or row) it had to skip with why, and the
 * files it passed over on purpose (a saved site's list pages, style sheets, the same page
 * reached by a second path): those are not errors.
 */
public record ImportResult(List<Disclosure> disclosures, List<Problem> problems, List<Problem> passedOver) {

    public ImportResult {
        passedOver = passedOver == null ? List.of() : List.copyOf(passedOver);
    }

    public ImportResult(List<Disclosure> disclosures, List<Problem> problems) {
        this(disclosures, problems, List.of());
    }

    /** A file or row that was not imported: where, and a reason a person can act on. */
    public record Problem(String path, String reason) {
        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }
}
