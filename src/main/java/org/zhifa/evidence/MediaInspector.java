package org.zhifa.evidence;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Apache Tika on the first bytes of an upload: the real media type from the bytes (never the file name), and the
 * metadata an evidence record needs (duration, creation time, device, GPS). Parsing runs with a time limit, a limit
 * on extracted text and no descent into embedded documents, so a zip bomb or a malformed file cannot hold the server;
 * a failure leaves the metadata marked unavailable and the evidence is kept all the same.
 */
@Component
class MediaInspector implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MediaInspector.class);
    private static final int TEXT_LIMIT = 100_000;
    private static final String[] KEPT = { "Content-Type", "xmpDM:duration", "dcterms:created", "dcterms:modified",
            "tiff:Make", "tiff:Model", "geo:lat", "geo:long", "tiff:ImageWidth", "tiff:ImageLength",
            "xmpDM:audioSampleRate", "channels", "samplerate", "bits", "pdf:PDFVersion", "xmpTPg:NPages",
            "Image Width", "Image Height", "Date/Time Original" };

    /** The outcome of inspecting an upload's head. */
    record Inspection(String mediaType, Map<String, String> metadata, String metadataStatus) {
    }

    private final Detector detector;
    private final Parser parser;
    private final ExecutorService parsing = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "evidence-tika");
        thread.setDaemon(true);
        return thread;
    });
    private final EvidenceSettings settings;

    MediaInspector(EvidenceSettings settings) {
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.parser = new AutoDetectParser(tika);
        this.settings = settings;
    }

    Inspection inspect(byte[] head, boolean complete) {
        String type = detect(head);
        return finish(type, readMetadata(head), complete);
    }

    /** The media type from the bytes; {@code application/octet-stream} when Tika cannot tell. */
    String detect(byte[] head) {
        try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(head))) {
            return detector.detect(in, new Metadata()).getBaseType().toString();
        } catch (Exception e) {
            return "application/octet-stream";
        }
    }

    /** Starts reading the metadata on a thread of its own, so that storing the bytes need not wait for it. */
    Future<Map<String, String>> readMetadata(byte[] head) {
        return parsing.submit(() -> metadata(head));
    }

    /** The metadata read, waiting within the time limit; a parser that fails or overruns marks it unavailable. */
    Inspection finish(String type, Future<Map<String, String>> parsed, boolean complete) {
        try {
            Map<String, String> metadata = parsed.get(settings.inspectionTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Inspection(type, metadata, complete ? "complete" : "head-only");
        } catch (TimeoutException e) {
            parsed.cancel(true);
            log.warn("Tika did not finish within {} on a {} upload; metadata marked unavailable",
                    settings.inspectionTimeout(), type);
            return new Inspection(type, Map.of(), "unavailable");
        } catch (InterruptedException e) {
            parsed.cancel(true);
            Thread.currentThread().interrupt();
            return new Inspection(type, Map.of(), "unavailable");
        } catch (Exception e) {
            log.info("Tika could not read the metadata of a {} upload: {}", type, e.getMessage());
            return new Inspection(type, Map.of(), "unavailable");
        }
    }

    private Map<String, String> metadata(byte[] head) throws Exception {
        Metadata metadata = new Metadata();
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new NoEmbeddedDocuments());
        try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(head))) {
            parser.parse(in, new BodyContentHandler(TEXT_LIMIT), metadata, context);
        } catch (org.xml.sax.SAXException limitReached) {
            // the text limit: metadata read so far is kept
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT) {
            String value = metadata.get(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        return kept;
    }

    @Override
    public void destroy() {
        parsing.shutdownNow();
    }

    /** Archives and containers are not opened: only their own metadata counts. */
    private static final class NoEmbeddedDocuments implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(java.io.InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata,
                boolean outputHtml) {
        }
    }
}
