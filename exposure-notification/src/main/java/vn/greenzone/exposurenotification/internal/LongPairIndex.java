package vn.greenzone.exposurenotification.internal;

/**
 * Open-addressing hash map from a 128-bit value, held as two longs, to an int. A 16-byte identifier
 * is already uniformly random, so its first long is a perfect hash; lookups allocate nothing.
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

    public LongPairIndex(int expectedEntries) {
        int slots = Integer.highestOneBit(Math.max(4, expectedEntries * 2 - 1)) << 1;
        his = new long[slots];
        los = new long[slots];
        values = new int[slots];
        java.util.Arrays.fill(values, EMPTY);
        mask = slots - 1;
        capacity = expectedEntries;
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
        }
        values[slot] = value;
        return previous;
    }

    /** The value for the pair, or -1. */
    public int get(long hi, long lo) {
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
