package vn.greenzone.exposurenotification.internal;

/**
 * Open-addressing hash map from a 128-bit value, held as two longs, to an int. A 16-byte identifier
 * is already uniformly random, so its first long is a perfect hash; lookups allocate nothing.
 * Matching looks up 144 identifiers per key and almost all miss, so a one-bit-per-slot filter on the
 * second long (8 bits per entry, small enough to stay in cache) answers most misses with one load
 * instead of a probe sequence through three large arrays.
 * Not thread-safe while being filled; safe to read from many threads once filled and published.
 */
public final class LongPairIndex {

    private static final int EMPTY = -1;
    private final long[] his;
    private final long[] los;
    private final int[] values;
    private final int mask;
    private int size;
    private final int capacity;
    private final long[] filter;
    private final int filterWordMask;

    public LongPairIndex(int expectedEntries) {
        // Load factor at most 2/3 keeps linear probes short; a power of two makes the slot a mask.
        int slots = Integer.highestOneBit(Math.max(2, expectedEntries + expectedEntries / 2)) << 1;
        his = new long[slots];
        los = new long[slots];
        values = new int[slots];
        java.util.Arrays.fill(values, EMPTY);
        mask = slots - 1;
        capacity = expectedEntries;
        int filterWords = Math.max(1, Integer.highestOneBit(Math.max(1, expectedEntries * 8 / 64)) << 1);
        filter = new long[filterWords];
        filterWordMask = filterWords - 1;
    }

    /** Associates {@code value} with the pair; returns the previous value or -1. */
    public int put(long hi, long lo, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values must be non-negative");
        }
        int slot = slotOf(hi, lo);
        int previous = values[slot];
        if (previous == EMPTY) {
            if (size == capacity) {
                throw new IllegalStateException("index sized for " + capacity + " entries");
            }
            size++;
            his[slot] = hi;
            los[slot] = lo;
            filter[(int) (lo >>> 6) & filterWordMask] |= 1L << lo;
        }
        values[slot] = value;
        return previous;
    }

    /** The value for the pair, or -1. */
    public int get(long hi, long lo) {
        if ((filter[(int) (lo >>> 6) & filterWordMask] & (1L << lo)) == 0) {
            return EMPTY;
        }
        return values[slotOf(hi, lo)];
    }

    private int slotOf(long hi, long lo) {
        int slot = (int) (hi ^ (hi >>> 32)) & mask;
        while (values[slot] != EMPTY && (his[slot] != hi || los[slot] != lo)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
