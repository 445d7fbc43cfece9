package cn.gongkai.requests;

import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How an applicant's channel finds their requests: by the receipt code they quote, by the number
 * they call or text from. Only requests whose contact is that number are ever answered — a code
 * filed by another number, or by none, is "not found", like a code that does not exist.
 */
public final class RequestLookup {
    private final Database db;
    private final Deadlines deadlines;
    private final Clock clock;

    RequestLookup(Database db, Deadlines deadlines, Clock clock) {
        this.db = db;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The request with this receipt code, if {@code phone} is the number it was filed with. */
    public Optional<RequestView> byReceiptCode(String code, String phone) {
        String line = Phones.line(phone);
        if (code == null || line.isEmpty()) {
            return Optional.empty();
        }
        return db.read(tx -> {
            Optional<RequestRecord> r = RequestStore.byReceiptCode(tx, code)
                    .filter(x -> line.equals(Phones.line(x.contact())));
            return r.isEmpty() ? Optional.<RequestView>empty() : Optional.of(view(tx, r.get()));
        });
    }

    /** The latest {@code max} requests filed with this number, newest first; none for an unknown or empty number. */
    public List<RequestView> byContact(String phone, int max) {
        String line = Phones.line(phone);
        return db.read(tx -> {
            List<RequestView> out = new java.util.ArrayList<>();
            for (RequestRecord r : RequestStore.byContactLine(tx, line, max)) {
                out.add(view(tx, r));
            }
            return out;
        });
    }

    /** An event of some request, as recorded. */
    public record Recorded(long requestId, EventKind kind) {}

    /** Events of these kinds recorded at or after {@code since}, in recorded order (for notices to catch up). */
    public List<Recorded> recordedSince(java.time.Instant since, java.util.Set<EventKind> kinds) {
        return db.read(tx -> RequestStore.recordedSince(tx, since)).stream().filter(e -> kinds.contains(e.kind())).toList();
    }

    /** The receipt code of a request, inside a write that has just filed it. */
    public static String receiptCode(Tx tx, long id) throws SQLException {
        return RequestStore.find(tx, id).orElseThrow(() -> new IllegalStateException("no request " + id)).receiptCode();
    }

    private RequestView view(Tx tx, RequestRecord r) throws SQLException {
        return RequestView.of(r, RequestStore.events(tx, r.id()), deadlines, LocalDate.now(clock));
    }
}
