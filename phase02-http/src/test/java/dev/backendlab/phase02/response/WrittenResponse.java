package dev.backendlab.phase02.response;

import static org.assertj.core.api.Assertions.fail;

import dev.backendlab.grader.fixtures.WireBytes;
import dev.backendlab.phase02.parser.HeaderField;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The bytes a ResponseWriter wrote, cut into status line, field lines and what follows the head. */
record WrittenResponse(String statusLine, List<HeaderField> headers, String rest, String wire) {

    static WrittenResponse parse(byte[] bytes) {
        String wire = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = wire.indexOf("\r\n\r\n");
        if (end < 0) {
            fail("the response head must end with an empty line (CRLF CRLF); the writer wrote \"%s\"", WireBytes.escape(bytes));
        }
        String[] lines = wire.substring(0, end).split("\r\n", -1);
        List<HeaderField> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(": ");
            if (colon <= 0) {
                fail("field line \"%s\" is not 'Name: value'; the writer wrote \"%s\"", WireBytes.escape(lines[i]), WireBytes.escape(bytes));
            }
            headers.add(new HeaderField(lines[i].substring(0, colon), lines[i].substring(colon + 2)));
        }
        return new WrittenResponse(lines[0], headers, wire.substring(end + 4), wire);
    }

    String escaped() {
        return WireBytes.escape(wire);
    }
}
