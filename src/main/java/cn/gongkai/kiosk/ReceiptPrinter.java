package cn.gongkai.kiosk;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints a request receipt on what kiosk.yaml names: a thermal printer speaking ESC/POS through
 * its device file ({@code receipt.escpos_device}, e.g. /dev/usb/lp0 — hall kiosks have one), or
 * a CUPS queue through a command such as {@code [lp, -d, hall]} ({@code receipt.print_command}).
 */
final class ReceiptPrinter {
    private static final Logger log = LoggerFactory.getLogger(ReceiptPrinter.class);
    /** Chinese thermal printers take GB18030 (a superset of GB2312/GBK) in their Chinese mode. */
    static final Charset GB18030 = Charset.forName("GB18030");

    static final byte[] INIT = {0x1B, 0x40};                 // ESC @: forget any earlier settings
    static final byte[] CHINESE_MODE = {0x1C, 0x26};         // FS &: two-byte (Chinese) characters
    static final byte[] CENTER = {0x1B, 0x61, 0x01};         // ESC a 1
    static final byte[] LEFT = {0x1B, 0x61, 0x00};           // ESC a 0
    static final byte[] BIG = {0x1D, 0x21, 0x11};            // GS ! 0x11: double width and height
    static final byte[] NORMAL = {0x1D, 0x21, 0x00};         // GS ! 0
    static final byte[] FEED_AND_CUT = {0x1D, 0x56, 0x42, 0x03}; // GS V 66 3: feed to the blade, partial cut

    private final Path device;
    private final List<String> command;

    ReceiptPrinter(Path device, List<String> command) {
        this.device = device;
        this.command = command;
    }

    static ReceiptPrinter of(KioskConfig config) {
        return new ReceiptPrinter(config.escposDevice(), config.printCommand());
    }

    boolean configured() {
        return device != null || !command.isEmpty();
    }

    /**
     * Prints the receipt's lines; a line holding the code is printed large and centred. False
     * (logged without the receipt's content) when the printer cannot be reached.
     */
    boolean print(List<String> lines, String code) {
        if (device != null) {
            // WRITE without CREATE: a missing printer must fail, not quietly become a file in /dev.
            try (OutputStream out = Files.newOutputStream(device, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                out.write(escpos(lines, code));
                return true;
            } catch (IOException e) {
                log.warn("receipt printer {} could not be written: {}", device, e.getClass().getSimpleName());
                return false;
            }
        }
        return !command.isEmpty() && Commands.run(command, String.join("\n", lines) + "\n");
    }

    /** The bytes an ESC/POS printer gets for one receipt. */
    static byte[] escpos(List<String> lines, String code) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.writeBytes(INIT);
        b.writeBytes(CHINESE_MODE);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean isCode = line.contains(code) || line.contains(ReceiptCode.grouped(code));
            if (i == 0 || isCode) {
                b.writeBytes(CENTER);
            }
            if (isCode) {
                b.writeBytes(BIG);
            }
            b.writeBytes(line.getBytes(GB18030));
            b.write('\n');
            if (isCode) {
                b.writeBytes(NORMAL);
            }
            if (i == 0 || isCode) {
                b.writeBytes(LEFT);
            }
        }
        b.writeBytes(FEED_AND_CUT);
        return b.toByteArray();
    }
}
