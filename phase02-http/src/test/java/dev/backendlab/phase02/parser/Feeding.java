package dev.backendlab.phase02.parser;

import static org.assertj.core.api.Assertions.fail;

import dev.backendlab.grader.fixtures.WireBytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The ways the grading tests hand bytes to a parser: whole, one byte at a time, and in random
 * pieces. A network may deliver any of them, so a parser must give the same answer for all.
 */
final class Feeding {

    /** Random splits tried per request; each has its own seed, printed when it fails. */
    static final int RANDOM_SPLITS = 12;
    /** Rerun with -Dlab.seed=N to replay the splits of a failure message. */
    static final long BASE_SEED = Long.getLong("lab.seed", 20_261_124L);

    /** One way of cutting the wire bytes: the lengths of the pieces, in order. */
    record Split(String name, int[] pieces) {

        @Override
        public String toString() {
            String lengths = Arrays.toString(pieces.length > 40 ? Arrays.copyOf(pieces, 40) : pieces);
            return name + " (pieces of " + lengths + (pieces.length > 40 ? "..." : "") + " bytes)";
        }
    }

    private Feeding() {
    }

    static byte[] bytes(String wire) {
        return wire.getBytes(StandardCharsets.ISO_8859_1);
    }

    static List<Split> everyWay(int length) {
        List<Split> splits = new ArrayList<>();
        splits.add(new Split("whole", new int[] {length}));
        int[] ones = new int[length];
        Arrays.fill(ones, 1);
        splits.add(new Split("one byte at a time", ones));
        for (int i = 0; i < RANDOM_SPLITS; i++) {
            long seed = BASE_SEED + i;
            splits.add(new Split("random split, seed " + seed, randomPieces(length, new Random(seed))));
        }
        return splits;
    }

    private static int[] randomPieces(int length, Random random) {
        List<Integer> pieces = new ArrayList<>();
        int left = length;
        while (left > 0) {
            int bound = random.nextBoolean() ? 4 : Math.max(1, length / 3);
            int piece = Math.min(left, 1 + random.nextInt(bound));
            pieces.add(piece);
            left -= piece;
        }
        return pieces.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Feeds the pieces in order and returns every event; rethrows what the parser throws. */
    static List<ParseEvent> feed(RequestParser parser, byte[] wire, Split split) {
        List<ParseEvent> events = new ArrayList<>();
        int offset = 0;
        for (int piece : split.pieces()) {
            ByteBuffer buffer = ByteBuffer.wrap(wire, offset, piece);
            List<ParseEvent> produced = parser.feed(buffer);
            if (buffer.hasRemaining()) {
                fail("feed(...) must consume every byte it is given, but left %d of %d bytes in the buffer "
                        + "(bytes fed: \"%s\", %s)", buffer.remaining(), piece,
                        WireBytes.escape(wire, offset, piece, 200), split);
            }
            if (produced == null) {
                fail("feed(...) returned null; return an empty list when the bytes complete no event");
            }
            events.addAll(produced);
            offset += piece;
        }
        return events;
    }
}
