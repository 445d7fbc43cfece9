package cn.gongkai.gammu;

import cn.gongkai.outreach.Outbox;
import cn.gongkai.outreach.SmsChannel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * gammu-smsd's inbox as inbound texts. The parts of one multipart message
 * ({@code IN<date>_<time>_<serial>_<sender>_<part>.txt}) are joined into one text, whose id is
 * the file name without the part number plus a digest of the text: a file seen again (a crash
 * after the reply, before the file was removed) is answered once, yet a later message that
 * happens to get the same name is not mistaken for it. Files leave the inbox only once the
 * inquiry and the reply's outbox row are committed.
 */
final class SpoolInbox {
    private static final Logger log = LoggerFactory.getLogger(SpoolInbox.class);
    static final Pattern NAME = Pattern.compile("^(IN\\d{8}_\\d{6}_\\d+_(.+))_(\\d+)\\.([a-z]+)$");

    private final SmsdConfig config;
    private final SmsChannel channel;
    private final Outbox outbox;
    /** A part younger than this may still have siblings being written. */
    private final long settleMillis;

    SpoolInbox(SmsdConfig config, SmsChannel channel, Outbox outbox, long settleMillis) {
        this.config = config;
        this.channel = channel;
        this.outbox = outbox;
        this.settleMillis = settleMillis;
    }

    /** One pass over the inbox; returns how many messages were answered. */
    int poll() throws IOException {
        Map<String, List<Path>> messages = new TreeMap<>(); // oldest first: names start with the date
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(config.inbox(), "IN*")) {
            for (Path f : files) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                String key = m.matches() ? m.group(1) : f.getFileName().toString();
                messages.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
        int answered = 0;
        for (Map.Entry<String, List<Path>> e : messages.entrySet()) {
            List<Path> parts = e.getValue();
            parts.sort(null);
            if (settling(parts, now)) {
                continue;
            }
            if (answer(e.getKey(), parts)) {
                answered++;
            }
        }
        return answered;
    }

    private boolean settling(List<Path> parts, long now) throws IOException {
        for (Path p : parts) {
            if (Files.exists(p) && now - Files.getLastModifiedTime(p).toMillis() < settleMillis) {
                return true;
            }
        }
        return false;
    }

    private boolean answer(String key, List<Path> parts) throws IOException {
        StringBuilder text = new StringBuilder();
        String sender = null;
        try {
            for (Path p : parts) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (!m.matches() || !m.group(4).equals("txt")) {
                    throw new IOException("not a text message file");
                }
                sender = m.group(2);
                text.append(SpoolText.decode(Files.readAllBytes(p), config.inboxFormat()));
            }
        } catch (IOException e) {
            aside(parts, e);
            return false;
        }
        String id = "gammu:" + key + ":" + digest(text.toString());
        String reply = channel.reply(new SmsChannel.Inbound(sender, text.toString(), id));
        if (reply != null && !reply.isEmpty()) {
            outbox.enqueue(sender, reply, Outbox.Kind.REPLY, "reply:" + id);
        }
        for (Path p : parts) {
            Files.deleteIfExists(p); // the text is on record in the inquiry log
        }
        return true;
    }

    /** Moves an unreadable message out of the way, named in the log, so it is not retried forever. */
    private void aside(List<Path> parts, IOException why) throws IOException {
        Path to = config.unreadable();
        Files.createDirectories(to);
        for (Path p : parts) {
            Files.move(p, to.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            log.warn("gammu inbox file could not be read ({}), moved to {}: {}", why.getMessage(), to,
                    masked(p.getFileName().toString()));
        }
    }

    /** The file name with the sender's middle digits hidden: phone numbers stay out of the log. */
    static String masked(String name) {
        return name.replaceAll("(\\+?\\d{3})\\d{4}(\\d{4}_)", "$1****$2");
    }

    private static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
