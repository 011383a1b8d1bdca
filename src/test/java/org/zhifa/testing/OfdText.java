package org.zhifa.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;

import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.zhifa.evidence.CaseDocuments;

/** The text of an OFD document as ofdrw's reader extracts it, its text objects joined in page order. */
public final class OfdText {

    private OfdText() {
    }

    public static String of(byte[] ofd) throws Exception {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
            return String.join("", new ContentExtractor(reader).extractAll());
        }
    }

    /** An OFD document stored with a case. */
    public static String stored(CaseDocuments documents, String businessKey, String sha256) throws Exception {
        var stored = documents.find(businessKey, sha256).orElseThrow();
        try (InputStream in = documents.open(stored)) {
            return of(in.readAllBytes());
        }
    }

    /** How often each character other than white space occurs: the same for two copies of one layout. */
    public static Map<Integer, Long> characters(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c)).boxed()
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    }
}
