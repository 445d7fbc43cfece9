package cn.gongkai.kiosk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a remote kiosk must deliver (inquiries, feedback, requests), one file per send under
 * {@code queue/} in the kiosk's home, forced to disk before the person is answered and removed
 * only after the server said it has it. Sent in the order made; each carries the id made here,
 * so a send repeated after a lost answer is written once by the server.
 */
final class SendQueue {
    private static final Logger log = LoggerFactory.getLogger(SendQueue.class);

    /** Sends one entry; throws when the server cannot be reached or refuses. */
    @FunctionalInterface
    interface Sender {
        JsonNode send(String path, JsonNode body) throws IOException;
    }

    private final Path dir;
    private final Path refused;
    private final ReentrantLock sending = new ReentrantLock();
    private long seq;

    SendQueue(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.refused = dir.resolve("refused");
        try (Stream<Path> s = Files.list(dir)) {
            seq = s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{12}-.*\\.json"))
                    .mapToLong(n -> Long.parseLong(n.substring(0, 12))).max().orElse(0);
        }
    }

    /** Adds a send for {@code path} (e.g. /requests) and forces it to disk. */
    synchronized void add(String path, ObjectNode body) throws IOException {
        ObjectNode entry = KioskClient.JSON.createObjectNode().put("path", path);
        entry.set("body", body);
        String name = String.format("%012d-%s.json", ++seq, body.path("id").asText());
        Path tmp = dir.resolve(name + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(KioskClient.JSON.writeValueAsBytes(entry)));
            ch.force(true);
        }
        Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        forceDir(dir);
    }

    /** How many sends wait. */
    int pending() {
        return files().size();
    }

    /**
     * Sends what waits, oldest first, until one fails for want of the server; returns the
     * answers by send id. A send the server refuses for good (bad input) is set aside in
     * {@code queue/refused/} and logged, so it cannot block the rest.
     */
    Map<String, JsonNode> flush(Sender sender, long waitMillis) throws IOException {
        Map<String, JsonNode> answers = new HashMap<>();
        try {
            if (!sending.tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
                return answers;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return answers;
        }
        try {
            for (Path f : files()) {
                JsonNode entry = KioskClient.JSON.readTree(Files.readAllBytes(f));
                String id = entry.path("body").path("id").asText();
                try {
                    answers.put(id, sender.send(entry.path("path").asText(), entry.path("body")));
                } catch (KioskClient.Refused r) {
                    if (!r.permanent()) {
                        throw r;
                    }
                    Files.createDirectories(refused);
                    Files.move(f, refused.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    log.error("kiosk: the server refused {} for good ({}); kept in {}", entry.path("path").asText(),
                            r.status, refused);
                    continue;
                }
                Files.delete(f);
            }
            forceDir(dir);
        } finally {
            sending.unlock();
        }
        return answers;
    }

    private List<Path> files() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{12}-.*\\.json")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A rename is durable once the folder itself is forced. */
    private static void forceDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            log.debug("kiosk: folder {} could not be forced: {}", dir, e.getClass().getName());
        }
    }
}
