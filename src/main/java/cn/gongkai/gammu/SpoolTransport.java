package cn.gongkai.gammu;

import cn.gongkai.outreach.SmsTransport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outbound texts as gammu-smsd outbox files. The file is named after our outbox row
 * ({@code OUTB<date>_<time>_00_<number>_gk<row>.txt}) and moved in whole, so gammu-smsd never
 * reads half a file and a row that is tried again finds the file it already wrote instead of
 * writing a second one. gammu-smsd sends a text longer than one SMS as a multipart message in
 * UCS-2 when it holds any Chinese character (70 characters single, 67 per part).
 */
public final class SpoolTransport implements SmsTransport {
    /** Our files in outbox, sent and error: the row id is the note field of gammu's file name. */
    static final Pattern OURS = Pattern.compile("^OUT[A-Z]?\\d{8}_\\d{6}_\\d+_(.+)_gk(\\d+)\\.txt[a-z]*$");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private final SmsdConfig config;
    private final Clock clock;

    public SpoolTransport(SmsdConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String send(String to, String body, Long outboxId) throws SendFailure {
        if (!to.matches("\\+?\\d{3,20}")) { // the number becomes part of a file name
            throw new SendFailure(Outcome.REFUSED, "not a number gammu-smsd can send to", null);
        }
        long id = outboxId == null ? clock.millis() : outboxId;
        try {
            Optional<String> written = byRow(id);
            if (written.isPresent()) { // written before a crash: never a second copy
                return written.get();
            }
        } catch (IOException e) {
            throw new SendFailure(Outcome.UNKNOWN, "gammu-smsd spool not readable: " + e.getMessage(), e);
        }
        String name = "OUTB" + STAMP.format(clock.instant().atZone(ZoneId.systemDefault())) + "_00_" + to + "_gk" + id
                + ".txt";
        Path tmp = config.outbox().resolve(".gk" + id + ".tmp"); // gammu-smsd reads only OUT* names
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(ByteBuffer.wrap(SpoolText.encode(body, config.outboxFormat())));
                ch.force(true);
            }
            // serve runs with umask 077; gammu-smsd (user gammu, same group) must read and move it.
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-rw----"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its own defaults apply
            }
            try {
                Files.move(tmp, config.outbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new SendFailure(Outcome.REFUSED, "outbox cannot rename atomically", e);
            }
            return name;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw new SendFailure(Outcome.NOT_SENT, "gammu-smsd outbox not writable: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> findSent(String to, String body, Instant since) throws SendFailure {
        try {
            for (Path folder : new Path[] {config.outbox(), config.sent(), config.error()}) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "OUT*")) {
                    for (Path f : files) {
                        Matcher m = OURS.matcher(f.getFileName().toString());
                        if (m.matches() && m.group(1).equals(to)
                                && body.equals(SpoolText.decode(Files.readAllBytes(f), config.outboxFormat()))) {
                            return Optional.of(f.getFileName().toString());
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new SendFailure(Outcome.UNKNOWN, "lookup failed: " + e.getMessage(), e);
        }
    }

    /** The name of the file already written for this row, in whichever folder gammu-smsd put it. */
    Optional<String> byRow(long id) throws IOException {
        for (Path folder : new Path[] {config.outbox(), config.sent(), config.error()}) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "OUT*_gk" + id + ".txt*")) {
                for (Path f : files) {
                    return Optional.of(f.getFileName().toString());
                }
            }
        }
        return Optional.empty();
    }
}
