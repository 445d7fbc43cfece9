package cn.gongkai.corpus;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An index generation as one download, for kiosks that read offline: the generation's Lucene
 * files and the word lists search reads (synonyms, dialect, villages), so a kiosk's copy answers
 * exactly as the server's does. The kiosk installs it under the same generation name, which is
 * how it knows it is up to date.
 */
public final class Snapshots {
    /** The configuration files search depends on, shipped with the index. */
    static final List<String> WORD_LISTS = List.of("synonyms.txt", "dialect.txt", "villages.txt");
    private static final String INDEX = "index/";
    private static final String CONFIG = "kiosk-config/";

    private Snapshots() {}

    /** The name of a generation, e.g. {@code gen-20261130T080000123}: the snapshot's version. */
    public static String name(Path generation) {
        return generation.getFileName().toString();
    }

    /** A name a kiosk accepts: one generation folder, nothing that could climb out of index/. */
    public static boolean validName(String name) {
        return name != null && name.matches("gen-[0-9T]{1,30}x{0,10}");
    }

    /** Writes the generation and the word lists as a zip to {@code out}. */
    public static void write(Path generation, ConfigFiles config, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        // Lucene's files are compressed already: the fastest level keeps a refresh cheap for the server.
        zip.setLevel(Deflater.BEST_SPEED);
        List<Path> files;
        try (Stream<Path> s = Files.list(generation)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            zip.putNextEntry(new ZipEntry(INDEX + f.getFileName()));
            Files.copy(f, zip);
            zip.closeEntry();
        }
        for (String name : WORD_LISTS) {
            zip.putNextEntry(new ZipEntry(CONFIG + name));
            zip.write(config.read(name).text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** The generation this home's index is on, if any. */
    public static Optional<String> installed(Home home) {
        return new IndexStore(home.indexDir()).current().map(Snapshots::name);
    }

    /**
     * Unpacks a snapshot into {@code home} under {@code name} and makes it the generation in use;
     * an open {@link Corpus} switches to it by itself. A broken or cut-off download (the zip's
     * checksums) leaves the old generation serving.
     */
    public static void install(Home home, String name, InputStream in) throws IOException {
        if (!validName(name)) {
            throw new IOException("not a generation name: " + name);
        }
        IndexStore store = new IndexStore(home.indexDir());
        Path gen = home.indexDir().resolve(name);
        Path part = home.indexDir().resolve(name + ".part");
        IndexStore.deleteTree(part);
        Files.createDirectories(part);
        Path words = part.resolve("words");
        Files.createDirectories(words);
        try {
            ZipInputStream zip = new ZipInputStream(in);
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String entry = e.getName();
                String file = entry.substring(entry.indexOf('/') + 1);
                if (entry.startsWith(INDEX) && file.matches("[A-Za-z0-9_.]{1,100}") && !file.startsWith(".")) {
                    copyDurably(zip, part.resolve(file));
                } else if (entry.startsWith(CONFIG) && WORD_LISTS.contains(file)) {
                    copyDurably(zip, words.resolve(file));
                } // anything else is not ours: skipped
            }
            if (Files.exists(gen)) {
                IndexStore.deleteTree(gen);
            }
            Files.createDirectories(home.configDir());
            for (String w : WORD_LISTS) {
                if (Files.exists(words.resolve(w))) {
                    Files.move(words.resolve(w), home.configDir().resolve(w),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.delete(words);
            Files.move(part, gen, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException ex) {
            IndexStore.deleteTree(part);
            throw ex;
        }
        store.publish(gen);
    }

    private static void copyDurably(InputStream in, Path to) throws IOException {
        try (FileChannel ch = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = java.nio.channels.Channels.newOutputStream(ch);
            in.transferTo(out);
            out.flush();
            ch.force(true);
        }
    }
}
