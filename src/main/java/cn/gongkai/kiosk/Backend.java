package cn.gongkai.kiosk;

import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.corpus.SearchResult;
import cn.gongkai.hall.StaffCalls;
import cn.gongkai.inquiries.InquiryJournal;
import cn.gongkai.requests.NewRequest;
import java.util.List;
import java.util.Optional;

/**
 * What the kiosk's screens need from the rest of the system. {@link LocalBackend} opens the
 * home directly (a single-PC hall); {@link RemoteBackend} asks {@code serve} over HTTP and keeps
 * a copy of the index and a queue on disk for when the network is down. Screens see no difference
 * except {@link Filed#queued()}.
 */
interface Backend extends AutoCloseable {
    SearchResult search(SearchRequest request);

    /** Candidate words for the letters tapped on the A–Z keyboard (issue 18). */
    List<String> suggest(String letters, List<String> asked, int max);

    /** The disclosing bodies (公开主体) the 按部门/乡镇找 menu lists. */
    cn.gongkai.bodies.Bodies bodies();

    /** The villages the name picker and the search know. */
    cn.gongkai.corpus.Villages villages();

    /** The newest documents, of one category or (null) of all. */
    SearchResult latest(String category, int limit);

    /** The document a 取件码 from an SMS reply names, if the code is known and still valid. */
    Optional<Disclosure> pickup(String code);

    /** Logs a search or an opened document as an inquiry; never fails the screen. */
    InquiryJournal.Ref logInquiry(String text, List<String> ids, String category);

    /**
     * Logs a document opened (from a list, a search or a 取件码) as an inquiry; the server counts
     * it apart from searches in the per-kiosk charts. Never fails the screen.
     */
    default InquiryJournal.Ref logView(String text, List<String> ids, String category) {
        return logInquiry(text, ids, category);
    }

    /** Whether the document helped, for an inquiry logged here before; never fails the screen. */
    void feedback(InquiryJournal.Ref inquiry, boolean helpful);

    /** Files a formal request from the kiosk; throws UserException if it is refused. */
    Filed fileRequest(NewRequest request);

    /**
     * 呼叫工作人员: puts a call on the console's 今日 page; returns its id, or {@link #QUEUED_CALL}
     * when the server cannot be reached and the call waits on the kiosk's disk (it reaches the
     * console, with the time it was made, when the network is back). Throws if it cannot.
     */
    long callStaff();

    /** What {@link #callStaff} returns for a call kept on the kiosk until the server answers. */
    long QUEUED_CALL = -1;

    /** What became of a call (the console answers it in another process). */
    Optional<StaffCalls.Call> call(long id);

    /** Nobody answered in time and the kiosk showed the office phone. */
    void phoneShown(long id);

    /**
     * A filed request: its receipt code, or, while the server cannot be reached, the kiosk's own
     * reference with {@code queued} set (the request reaches the office, and its clock starts,
     * when the network is back).
     */
    record Filed(String code, boolean queued) {}

    /** The server cannot be reached: reading works from the local copy, sends are queued. */
    default boolean offline() {
        return false;
    }

    @Override
    void close();
}
