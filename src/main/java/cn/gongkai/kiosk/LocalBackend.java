package cn.gongkai.kiosk;

import cn.gongkai.app.Records;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.corpus.SearchResult;
import cn.gongkai.hall.StaffCalls;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryJournal;
import cn.gongkai.inquiries.NewInquiry;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.requests.RequestJournal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The kiosk on the server's own machine: the home's index and database, opened directly. */
final class LocalBackend implements Backend {
    private static final Logger log = LoggerFactory.getLogger(LocalBackend.class);

    private final Corpus corpus;
    private final Records records;
    private final StaffCalls calls;
    private final String kioskName;

    LocalBackend(Corpus corpus, Records records, String kioskName) {
        this.corpus = corpus;
        this.records = records;
        this.calls = new StaffCalls(records.database(), records.clock());
        this.kioskName = kioskName;
    }

    Records records() {
        return records;
    }

    @Override
    public List<String> suggest(String letters, List<String> asked, int max) {
        // Offline too: the words come from the local copy of the index and its lexicons.
        return corpus.search().suggest(letters, asked, max);
    }

    @Override
    public cn.gongkai.bodies.Bodies bodies() {
        return corpus.bodies();
    }

    @Override
    public cn.gongkai.corpus.Villages villages() {
        return corpus.villages();
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return corpus.search().search(request);
    }

    @Override
    public SearchResult latest(String category, int limit) {
        return corpus.search().latest(null, category, limit);
    }

    @Override
    public Optional<Disclosure> pickup(String code) {
        return records.pickupCodes().resolve(code).flatMap(corpus::get);
    }

    /**
     * If the database cannot be written the inquiry goes to the journal, to be written later,
     * never dropped; no personal data is in it.
     */
    @Override
    public InquiryJournal.Ref logInquiry(String text, List<String> ids, String category) {
        try {
            NewInquiry q = NewInquiry.of(InquiryChannel.KIOSK, text, ids);
            if (category != null) {
                q = new NewInquiry(q.channel(), null, null, q.text(), q.resultIds(), q.nothingFound(), null, null, null,
                        category);
            }
            // Journal first (an fsync), database from a background thread: a tap never waits for
            // SQLite's lock, however long another program holds it; never dropped (issue 22).
            return InquiryJournal.recordSoon(records.database(), q, records.clock().instant());
        } catch (RuntimeException e) {
            // Neither the database nor the journal could be written: the screen still works.
            log.error("kiosk: inquiry neither logged nor journaled: {}", e.getMessage());
            return InquiryJournal.Ref.NONE;
        }
    }

    @Override
    public void feedback(InquiryJournal.Ref inquiry, boolean helpful) {
        try {
            InquiryJournal.feedback(records.database(), inquiry, helpful, records.clock().instant());
        } catch (RuntimeException e) {
            // Neither the database nor the journal could be written; the thanks is still due.
            log.error("kiosk: feedback neither logged nor journaled: {}", e.getMessage());
        }
    }

    /**
     * Journaled first, written from a background thread (issue 22): 提交 never waits for SQLite's
     * lock. The receipt code is drawn here and is the one the request is filed under.
     */
    @Override
    public Filed fileRequest(NewRequest request) {
        return new Filed(RequestJournal.fileSoon(records.database(), records.requests(), request, "kiosk",
                records.clock().instant()), false);
    }

    /**
     * Journaled first like a request; until the call is written the kiosk knows it by a number of
     * its own (below {@link Backend#QUEUED_CALL}, so it is never a call's id nor the remote
     * kiosk's "queued until the network is back") and the call waits, as it does.
     */
    @Override
    public long callStaff() {
        Instant at = records.clock().instant();
        long mine = Backend.QUEUED_CALL - ownCalls.incrementAndGet(); // -2, -3 …: -1 is a remote kiosk's queued call
        ownCallKeys.put(mine, new Made(calls.callSoon(kioskName), at));
        return mine;
    }

    @Override
    public Optional<StaffCalls.Call> call(long id) {
        Made made = ownCallKeys.get(id);
        if (made == null) {
            return calls.get(id);
        }
        Optional<Long> written = calls.idOf(made.key());
        if (written.isPresent()) {
            return calls.get(written.get());
        }
        return Optional.of(new StaffCalls.Call(id, kioskName, made.at(), StaffCalls.Outcome.WAITING, null, null, null,
                null, null));
    }

    @Override
    public void phoneShown(long id) {
        Made made = ownCallKeys.get(id);
        if (made == null) {
            calls.phoneShown(id);
        } else {
            calls.phoneShownSoon(made.key());
        }
    }

    private record Made(String key, Instant at) {}

    private final java.util.concurrent.atomic.AtomicLong ownCalls = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.Map<Long, Made> ownCallKeys = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void close() {
        // Taps are journaled first: write them to the database before the program ends.
        records.database().finishReplays();
        corpus.close(); // the database opens a connection per unit of work: nothing to close
    }
}
