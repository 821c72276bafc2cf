package vn.greenzone.exposurenotification.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Reads and writes primitives inside byte arrays without allocating (hot path of matching). */
public final class Bytes {

    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private Bytes() {
    }

    public static long longAt(byte[] bytes, int offset) {
        return (long) LONG_BE.get(bytes, offset);
    }

    public static void putIntLittleEndian(byte[] bytes, int offset, int value) {
        INT_LE.set(bytes, offset, value);
    }
}
