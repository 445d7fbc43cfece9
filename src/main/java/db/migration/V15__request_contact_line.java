package db.migration;

import cn.gongkai.requests.Phones;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Each request keeps the line its contact reaches ({@link Phones#line}), indexed, so the SMS and
 * voice channels find a caller's requests by lookup instead of reading every request and
 * comparing numbers in Java. Existing requests are filled here, with the same rule new ones are
 * inserted with — which is why this migration is Java: SQLite has no regular expressions.
 *
 * <p>Requests never change after insert (the set-once trigger); the trigger is recreated with the
 * new column among those it guards, and dropped only inside this migration's transaction.
 */
public class V15__request_contact_line extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        var c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER requests_set_once");
            s.execute("ALTER TABLE requests ADD COLUMN contact_line TEXT");
        }
        List<Object[]> lines = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, contact FROM requests WHERE contact IS NOT NULL")) {
            while (rs.next()) {
                lines.add(new Object[] {rs.getLong(1), Phones.line(rs.getString(2))});
            }
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE requests SET contact_line = ? WHERE id = ?")) {
            for (Object[] l : lines) {
                p.setString(1, (String) l[1]);
                p.setLong(2, (Long) l[0]);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX requests_contact_line ON requests (contact_line) WHERE contact_line <> ''");
            s.execute("""
                    CREATE TRIGGER requests_set_once BEFORE UPDATE ON requests
                    WHEN OLD.received IS NOT NULL
                      OR NEW.id IS NOT OLD.id
                      OR NEW.receipt_code IS NOT OLD.receipt_code
                      OR NEW.applicant_type IS NOT OLD.applicant_type
                      OR NEW.name IS NOT OLD.name
                      OR NEW.contact IS NOT OLD.contact
                      OR NEW.contact_line IS NOT OLD.contact_line
                      OR NEW.channel IS NOT OLD.channel
                      OR NEW.content IS NOT OLD.content
                      OR NEW.form_wanted IS NOT OLD.form_wanted
                      OR NEW.inquiry_id IS NOT OLD.inquiry_id
                      OR NEW.created_at IS NOT OLD.created_at
                    BEGIN
                        SELECT RAISE(ABORT, 'a request changes only through request_events');
                    END""");
        }
    }
}
