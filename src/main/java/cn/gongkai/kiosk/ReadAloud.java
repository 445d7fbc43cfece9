package cn.gongkai.kiosk;

import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 朗读: speaks a text through the command in kiosk.yaml (espeak-ng with a Mandarin voice by
 * default). One voice at a time; stopping kills the process. Without the program the kiosk
 * says so on the button instead of failing.
 */
final class ReadAloud {
    private static final Logger log = LoggerFactory.getLogger(ReadAloud.class);

    private final List<String> command;
    private final boolean available;
    private Process speaking;

    ReadAloud(List<String> command) {
        this.command = command;
        this.available = Commands.available(command);
    }

    boolean available() {
        return available;
    }

    synchronized boolean speaking() {
        return speaking != null && speaking.isAlive();
    }

    /** Starts speaking (stopping any voice first); {@code done} runs when it ends by itself. */
    synchronized boolean speak(String text, Runnable done) {
        stop();
        if (!available) {
            return false;
        }
        try {
            Process p = Commands.start(command, text);
            speaking = p;
            p.onExit().thenRun(() -> {
                synchronized (this) {
                    if (speaking == p) {
                        speaking = null;
                    }
                }
                done.run();
            });
            return true;
        } catch (IOException e) {
            log.warn("read-aloud command {} failed to start: {}", command.get(0), e.getMessage());
            return false;
        }
    }

    synchronized void stop() {
        if (speaking != null) {
            speaking.descendants().forEach(ProcessHandle::destroy);
            speaking.destroy();
            speaking = null;
        }
    }
}
