package vn.greenzone.exposurenotification;

import java.util.Collection;
import java.util.List;
import vn.greenzone.exposurenotification.internal.Bytes;
import vn.greenzone.exposurenotification.internal.LongPairIndex;

/**
 * A phone's sightings, indexed by RPI for matching. Immutable and safe to share between threads.
 * The same RPI is usually heard several times in its 10 minutes, so sightings with equal RPIs are
 * chained behind one index entry.
 */
public final class Sightings {

    private final List<Sighting> all;
    private final long[] seenAtSeconds;
    private final int[] next;
    private final LongPairIndex index;

    private Sightings(List<Sighting> all) {
        this.all = all;
        this.seenAtSeconds = new long[all.size()];
        this.next = new int[all.size()];
        this.index = new LongPairIndex(all.size());
        for (int i = 0; i < all.size(); i++) {
            Sighting sighting = all.get(i);
            byte[] rpi = sighting.rpi();
            seenAtSeconds[i] = sighting.seenAt().getEpochSecond();
            next[i] = index.put(Bytes.longAt(rpi, 0), Bytes.longAt(rpi, 8), i);
        }
    }

    public static Sightings of(Collection<Sighting> sightings) {
        return new Sightings(List.copyOf(sightings));
    }

    public List<Sighting> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    /** Index of the first sighting of this RPI, or -1; follow with {@link #nextWithSameRpi}. */
    int firstWithRpi(long hi, long lo) {
        return index.get(hi, lo);
    }

    int nextWithSameRpi(int sighting) {
        return next[sighting];
    }

    long seenAtSeconds(int sighting) {
        return seenAtSeconds[sighting];
    }

    Sighting get(int sighting) {
        return all.get(sighting);
    }
}
