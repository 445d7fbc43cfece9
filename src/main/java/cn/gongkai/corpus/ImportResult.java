package cn.gongkai.corpus;

import java.util.List;

/** What an import read: the disclosures, and every file (or row) it had to skip, with why. */
public record ImportResult(List<Disclosure> disclosures, List<Problem> problems) {

    /** A file or row that was not imported: where, and a reason a person can act on. */
    public record Problem(String path, String reason) {
        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }
}
