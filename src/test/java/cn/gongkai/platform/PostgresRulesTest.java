package cn.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.Cli;
import cn.gongkai.app.App;
import cn.gongkai.app.Records;
import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.gateway.Server;
import cn.gongkai.gateway.sms.SmsGateway;
import cn.gongkai.gateway.sms.Twilio;
import cn.gongkai.letters.LetterFormat;
import cn.gongkai.letters.LetterKind;
import cn.gongkai.letters.Letters;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.Completion;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.requests.ResultCode;
import cn.gongkai.storage.Database;
import cn.gongkai.storage.DatabaseTarget;
import cn.gongkai.storage.Dialect;
import cn.gongkai.testing.PostgresServer;
import cn.gongkai.twilio.TwilioConfig;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The city platform's database (issue 19), on a real PostgreSQL this test starts: {@code serve}'s
 * parts composed by {@link App} with {@code GONGKAI_DATABASE_URL}'s setting, a request through its
 * whole life, the law's rules held by PostgreSQL's own triggers and unique indexes when the Java is
 * bypassed, a signed SMS on record once, and the report built from the same rows. Runs in the
 * ordinary suite (skipped without PostgreSQL on a developer's machine, failing under CI).
 */
class PostgresRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    @TempDir static Path home;
    static DatabaseTarget target;
    static Records records;
    static Corpus corpus;
    static SmsGateway sms;
    static Server server;

    @BeforeAll
    static void start() {
        target = PostgresServer.shared().newDatabase();
        corpus = TestHomes.sample(home);
        named(target);
        try {
            // as serve composes itself: the App of the home, its records, the SMS gateway, the server
            records = new App(new Home(home), Cli.clockAt(TODAY)).records();
        } finally {
            named(null);
        }
        TwilioConfig twilio = new TwilioConfig(Twilio.TOKEN, null, null, Twilio.PUBLIC, null);
        sms = new SmsGateway(corpus, records, new ConfigFiles(new Home(home)), twilio, Cli.clockAt(TODAY));
        server = new Server(corpus, sms.webhook()).start(0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
            sms.close();
            corpus.close();
            PostgresServer.shared().drop(target);
        }
    }

    /** What GONGKAI_DATABASE_URL/USER/PASSWORD say, for this JVM (null: nothing named). */
    static void named(DatabaseTarget t) {
        if (t == null) {
            System.clearProperty("gongkai.database.url");
            System.clearProperty("gongkai.database.user");
            System.clearProperty("gongkai.database.password");
        } else {
            System.setProperty("gongkai.database.url", t.url());
            System.setProperty("gongkai.database.user", t.user());
            System.setProperty("gongkai.database.password", t.password());
        }
    }

    static Database db() {
        return records.database();
    }

    static long count(String sql, Object... args) {
        return db().read(tx -> tx.one(sql, rs -> rs.getLong(1), args).orElse(0L));
    }

    @Test
    void the_app_runs_on_postgresql_and_leaves_the_home_without_a_database_file() {
        assertThat(db().dialect()).isEqualTo(Dialect.POSTGRESQL);
        String version = db().read(tx -> tx.one("SELECT version()", rs -> rs.getString(1)).orElseThrow());
        assertThat(version).startsWith("PostgreSQL");
        assertThat(home.resolve("data/gongkai.db")).doesNotExist();
    }

    @Test
    void a_request_is_filed_completed_confirmed_answered_and_then_never_rewritten() {
        long id = records.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, null, "+8613900002001", false,
                RequestChannel.SMS, "石门村2026年修路账目", null, null, null), "default", "王芳");
        records.requests().complete(id, LocalDate.of(2026, 11, 2), new Completion(null, "王五", null, null, null, "纸质",
                null, null), "王芳");
        records.requests().confirmReceipt(id, LocalDate.of(2026, 11, 3), true, "王芳");
        assertThat(records.requests().show(id).answerDue()).isEqualTo(LocalDate.of(2026, 12, 1));
        records.requests().conclude(id, ResultCode.GRANTED, LocalDate.of(2026, 11, 20), null, "王芳");
        assertThat(records.requests().show(id).state().received()).isEqualTo(LocalDate.of(2026, 11, 3));

        // Bypassing the Java: PostgreSQL's triggers hold the line as SQLite's do.
        assertThatThrownBy(() -> db().write(tx -> tx.update("UPDATE requests SET content = 'rewritten' WHERE id = ?", id)))
                .hasMessageContaining("a request changes only through request_events and recorded completions");
        assertThatThrownBy(() -> db().write(tx -> tx.update("UPDATE requests SET received = '2026-11-04' WHERE id = ?", id)))
                .hasMessageContaining("changes only through");
        assertThatThrownBy(() -> db().write(tx -> tx.update("UPDATE requests SET body_id = 'other' WHERE id = ?", id)))
                .hasMessageContaining("changes only through");
        assertThatThrownBy(() -> db().write(tx -> tx.update("DELETE FROM requests WHERE id = ?", id)))
                .hasMessageContaining("never deleted");
        assertThatThrownBy(() -> db().write(tx -> tx.update("UPDATE request_events SET date = '2026-11-01' WHERE request_id = ?", id)))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db().write(tx -> tx.update("DELETE FROM audit_log")))
                .hasMessageContaining("append-only");
        // one receipt per request: a second RECEIVED event is refused by the partial unique index
        assertThatThrownBy(() -> db().write(tx -> tx.insert("""
                INSERT INTO request_events (request_id, kind, date, actor, at)
                VALUES (?, 'RECEIVED', '2026-11-05', 'x', '2026-11-05T00:00:00.000Z')""", id)))
                .hasMessageContaining("UNIQUE");
        assertThat(records.requests().record(id).content()).isEqualTo("石门村2026年修路账目");
    }

    @Test
    void letter_numbers_are_given_once_and_never_twice() {
        long a = inPerson("张三");
        long b = inPerson("李四");
        Letters letters = new Letters(records);
        String first = letters.print(a, LetterKind.RECEIPT, LetterFormat.DOCX, "王芳").letter().numberText();
        String again = letters.print(a, LetterKind.RECEIPT, LetterFormat.DOCX, "李四").letter().numberText();
        String second = letters.print(b, LetterKind.RECEIPT, LetterFormat.DOCX, "王芳").letter().numberText();
        assertThat(again).isEqualTo(first);
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> db().write(tx -> tx.insert("""
                INSERT INTO letters (request_id, kind, body_id, year, prefix, number, issued_on, actor, at)
                SELECT ?, 'REPLY', body_id, year, prefix, number, issued_on, 'x', at FROM letters WHERE request_id = ?""", b, a)))
                .hasMessageContaining("UNIQUE");
        assertThatThrownBy(() -> db().write(tx -> tx.update("UPDATE letters SET number = number + 100")))
                .hasMessageContaining("never changed");
    }

    long inPerson(String name) {
        return records.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, name, "13812345678", true,
                RequestChannel.IN_PERSON, "村道硬化工程资金使用情况", "纸质", LocalDate.of(2026, 11, 2), null), "default", "王芳");
    }

    @Test
    void a_signed_text_is_answered_and_on_record_once_however_often_twilio_retries() throws Exception {
        String sid = "SMpg00000000000000000000000000001";
        var params = Twilio.sms("+8613900002002", "低保怎么申请", sid);
        HttpResponse<String> first = Twilio.signed(server.port(), "/twilio/sms", params);
        HttpResponse<String> retry = Twilio.signed(server.port(), "/twilio/sms", params);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(Twilio.replyText(first.body())).isNotBlank().isEqualTo(Twilio.replyText(retry.body()));
        assertThat(count("SELECT count(*) FROM inquiries WHERE external_id = ?", sid)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM sms_replies WHERE message_id = ?", sid)).isEqualTo(1);
    }

    @Test
    void backup_says_in_one_line_that_the_platform_is_saved_with_pg_dump() {
        named(target);
        try {
            Cli.Result r = Cli.run(Cli.clockAt(TODAY), "backup", "--to", home.resolve("backups").toString(),
                    "--home", home.toString());
            assertThat(r.status()).isEqualTo(1);
            assertThat(r.err().strip()).contains("pg_dump").doesNotContain("\n").doesNotContain("Exception")
                    .doesNotContain("password");
            assertThat(home.resolve("backups")).doesNotExist();
        } finally {
            named(null);
        }
    }

    @Test
    void the_annual_report_is_built_from_the_postgresql_rows() {
        long id = inPerson("赵六");
        records.requests().conclude(id, ResultCode.GRANTED, LocalDate.of(2026, 11, 20), null, "王芳");
        named(target);
        try {
            Cli.Result r = Cli.run(Cli.clockAt(TODAY), "report", "--year", "2026", "--home", home.toString());
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.out()).contains("予以公开");
        } finally {
            named(null);
        }
    }
}
