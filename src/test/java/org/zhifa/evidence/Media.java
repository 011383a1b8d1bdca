package org.zhifa.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Real media files the tests make themselves: a WAV recording, a PNG photo, a PDF, an MP4 header, hostile files. */
public final class Media {

    private Media() {
    }

    /** A mono 16-bit PCM WAV of a 440 Hz tone. */
    public static byte[] wav(int seconds) {
        int rate = 8000;
        int samples = rate * seconds;
        ByteBuffer b = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            b.putShort((short) (Math.sin(2 * Math.PI * 440 * i / rate) * 8000));
        }
        return b.array();
    }

    /** A scene photo. */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.drawString("scene " + System.nanoTime(), 10, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A two-page PDF, as a scanned record would be. */
    public static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle("现场检查笔录 " + System.nanoTime());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of an MP4 file (ftyp box, then media data), as a body camera writes it. */
    public static byte[] mp4Head(int payload) {
        ByteBuffer b = ByteBuffer.allocate(32 + 8 + payload).order(ByteOrder.BIG_ENDIAN);
        b.putInt(32).put("ftyp".getBytes(StandardCharsets.US_ASCII)).put("mp42".getBytes(StandardCharsets.US_ASCII))
                .putInt(512);
        for (String brand : new String[] { "mp42", "isom", "avc1", "mp41" }) {
            b.put(brand.getBytes(StandardCharsets.US_ASCII));
        }
        b.putInt(8 + payload).put("mdat".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < payload; i++) {
            b.put((byte) (i * 31));
        }
        return b.array();
    }

    /** An ELF executable header with some code after it. */
    public static byte[] executable() {
        byte[] elf = new byte[4096];
        elf[0] = 0x7f;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        elf[4] = 2;
        elf[5] = 1;
        elf[6] = 1;
        return elf;
    }

    /** A small archive that inflates to a large file. */
    public static byte[] zipBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG that stops after its header. */
    public static byte[] truncatedJpeg() {
        return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
                0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xDB, 0, 67, 0, 8, 6, 6 };
    }
}
