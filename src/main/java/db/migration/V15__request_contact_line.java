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
 * <p>A request changes only through recorded completions (the set-once trigger of V10, with V9's
 * rule that a received request stays with its body); the trigger is recreated with the new column
 * following its contact, and dropped only inside this migration's transaction.
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
            // V10's rule (a request changes only through recorded completions) and V9's (a received
            // request stays with its body), with the new column: its line follows its contact.
            s.execute("""
                    CREATE TRIGGER requests_set_once BEFORE UPDATE ON requests
                    WHEN NEW.id IS NOT OLD.id
                      OR NEW.receipt_code IS NOT OLD.receipt_code
                      OR NEW.channel IS NOT OLD.channel
                      OR NEW.inquiry_id IS NOT OLD.inquiry_id
                      OR NEW.created_at IS NOT OLD.created_at
                      OR (OLD.received IS NOT NULL AND NEW.received IS NOT OLD.received)
                      OR (OLD.received IS NOT NULL AND NEW.body_id IS NOT OLD.body_id)
                      OR (NEW.contact_line IS NOT OLD.contact_line AND NEW.contact IS OLD.contact)
                      OR ((NEW.applicant_type IS NOT OLD.applicant_type OR NEW.name IS NOT OLD.name OR NEW.contact IS NOT OLD.contact
                           OR NEW.content IS NOT OLD.content OR NEW.form_wanted IS NOT OLD.form_wanted
                           OR NEW.address IS NOT OLD.address OR NEW.delivery IS NOT OLD.delivery
                           OR (NEW.identity_verified IS NOT OLD.identity_verified AND NOT (OLD.received IS NULL AND NEW.received IS NOT NULL)))
                          AND NOT EXISTS (SELECT 1 FROM request_completions c
                                          WHERE c.id = (SELECT MAX(id) FROM request_completions WHERE request_id = OLD.id)
                                            AND c.applicant_type IS NEW.applicant_type AND c.name IS NEW.name AND c.contact IS NEW.contact
                                            AND c.content IS NEW.content AND c.form_wanted IS NEW.form_wanted
                                            AND c.address IS NEW.address AND c.delivery IS NEW.delivery
                                            AND c.identity_verified IS NEW.identity_verified))
                    BEGIN
                        SELECT RAISE(ABORT, 'a request changes only through request_events and recorded completions');
                    END""");
        }
    }
}
