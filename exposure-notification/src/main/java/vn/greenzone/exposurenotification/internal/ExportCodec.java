package vn.greenzone.exposurenotification.internal;

import static vn.greenzone.exposurenotification.ExposureDataException.Problem.MALFORMED_PROTOBUF;
import static vn.greenzone.exposurenotification.ExposureDataException.Problem.TOO_MANY_KEYS;
import static vn.greenzone.exposurenotification.ExposureDataException.Problem.WRONG_HEADER;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.greenzone.exposurenotification.ExposureDataException;
import vn.greenzone.exposurenotification.KeyExport;
import vn.greenzone.exposurenotification.ReportType;
import vn.greenzone.exposurenotification.SignatureInfo;
import vn.greenzone.exposurenotification.TemporaryExposureKey;

/**
 * Hand-written protobuf codec for the published {@code export.proto} (TemporaryExposureKeyExport,
 * SignatureInfo, TemporaryExposureKey, TEKSignatureList, TEKSignature), field numbers and types as
 * there. Unknown fields are skipped, as protobuf requires; values the schema forbids are refused.
 */
public final class ExportCodec {

    public static final byte[] HEADER = "EK Export v1    ".getBytes(StandardCharsets.US_ASCII);

    // TemporaryExposureKeyExport
    private static final int START_TIMESTAMP = 1;
    private static final int END_TIMESTAMP = 2;
    private static final int REGION = 3;
    private static final int BATCH_NUM = 4;
    private static final int BATCH_SIZE = 5;
    private static final int SIGNATURE_INFOS = 6;
    private static final int KEYS = 7;
    private static final int REVISED_KEYS = 8;
    // SignatureInfo (fields 1 and 2 are reserved)
    private static final int KEY_VERSION = 3;
    private static final int KEY_ID = 4;
    private static final int ALGORITHM = 5;
    // TemporaryExposureKey
    private static final int KEY_DATA = 1;
    private static final int TRANSMISSION_RISK_LEVEL = 2;
    private static final int ROLLING_START = 3;
    private static final int ROLLING_PERIOD = 4;
    private static final int REPORT_TYPE = 5;
    private static final int DAYS_SINCE_ONSET = 6;
    // TEKSignatureList / TEKSignature
    private static final int SIGNATURES = 1;
    private static final int SIG_INFO = 1;
    private static final int SIG_BATCH_NUM = 2;
    private static final int SIG_BATCH_SIZE = 3;
    private static final int SIGNATURE = 4;

    /** One entry of a TEKSignatureList. */
    public record TekSignature(SignatureInfo info, int batchNum, int batchSize, byte[] signature) {
    }

    private ExportCodec() {
    }

    // Wire types; a tag is field number << 3 | wire type.
    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int DELIMITED = 2;

    // ---------------------------------------------------------------- decoding

    public static void requireHeader(byte[] exportBin) {
        if (exportBin.length < HEADER.length || !Arrays.equals(exportBin, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            throw new ExposureDataException(WRONG_HEADER, "export.bin does not start with \"EK Export v1    \"");
        }
    }

    /** Parses a whole {@code export.bin}: the 16-byte header, then the protobuf. */
    public static KeyExport decodeExport(byte[] exportBin, int maxKeys) {
        requireHeader(exportBin);
        CodedInputStream in = CodedInputStream.newInstance(exportBin, HEADER.length, exportBin.length - HEADER.length);
        try {
            long start = 0;
            long end = 0;
            String region = "";
            int batchNum = 0;
            int batchSize = 0;
            List<SignatureInfo> infos = new ArrayList<>();
            List<TemporaryExposureKey> keys = new ArrayList<>();
            List<TemporaryExposureKey> revised = new ArrayList<>();
            for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
                switch (tag) {
                    case START_TIMESTAMP << 3 | FIXED64 -> start = in.readFixed64();
                    case END_TIMESTAMP << 3 | FIXED64 -> end = in.readFixed64();
                    case REGION << 3 | DELIMITED -> region = in.readStringRequireUtf8();
                    case BATCH_NUM << 3 | VARINT -> batchNum = in.readInt32();
                    case BATCH_SIZE << 3 | VARINT -> batchSize = in.readInt32();
                    case SIGNATURE_INFOS << 3 | DELIMITED -> infos.add(nested(in, ExportCodec::readSignatureInfo));
                    case KEYS << 3 | DELIMITED -> addKey(keys, nested(in, ExportCodec::readKey), maxKeys, revised.size());
                    case REVISED_KEYS << 3 | DELIMITED -> addKey(revised, nested(in, ExportCodec::readKey), maxKeys, keys.size());
                    default -> skip(in, tag);
                }
            }
            return new KeyExport(instant(start), instant(end), region, batchNum, batchSize, infos, keys, revised);
        } catch (IOException e) {
            throw new ExposureDataException(MALFORMED_PROTOBUF, "export.bin: " + e.getMessage(), e);
        }
    }

    private static void addKey(List<TemporaryExposureKey> list, TemporaryExposureKey key, int maxKeys, int otherListSize) {
        if (list.size() + otherListSize >= maxKeys) {
            throw new ExposureDataException(TOO_MANY_KEYS, "more than " + maxKeys + " keys");
        }
        list.add(key);
    }

    public static List<TekSignature> decodeSignatureList(byte[] exportSig) {
        CodedInputStream in = CodedInputStream.newInstance(exportSig);
        try {
            List<TekSignature> signatures = new ArrayList<>();
            for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
                if (tag == (SIGNATURES << 3 | DELIMITED)) {
                    signatures.add(nested(in, ExportCodec::readTekSignature));
                } else {
                    skip(in, tag);
                }
            }
            return signatures;
        } catch (IOException e) {
            throw new ExposureDataException(MALFORMED_PROTOBUF, "export.sig: " + e.getMessage(), e);
        }
    }

    private interface MessageReader<T> {
        T read(CodedInputStream in) throws IOException;
    }

    /** Reads a length-delimited sub-message; the length is checked against the bytes actually left. */
    private static <T> T nested(CodedInputStream in, MessageReader<T> reader) throws IOException {
        int length = in.readRawVarint32();
        int oldLimit = in.pushLimit(length);
        T value = reader.read(in);
        if (!in.isAtEnd()) {
            throw new ExposureDataException(MALFORMED_PROTOBUF, "sub-message not consumed to its end");
        }
        in.popLimit(oldLimit);
        return value;
    }

    private static void skip(CodedInputStream in, int tag) throws IOException {
        if (!in.skipField(tag)) {
            throw new ExposureDataException(MALFORMED_PROTOBUF, "unexpected end-group tag " + tag);
        }
    }

    private static SignatureInfo readSignatureInfo(CodedInputStream in) throws IOException {
        String version = "";
        String id = "";
        String algorithm = "";
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag) {
                case KEY_VERSION << 3 | DELIMITED -> version = in.readStringRequireUtf8();
                case KEY_ID << 3 | DELIMITED -> id = in.readStringRequireUtf8();
                case ALGORITHM << 3 | DELIMITED -> algorithm = in.readStringRequireUtf8();
                default -> skip(in, tag);
            }
        }
        return new SignatureInfo(version, id, algorithm);
    }

    private static TemporaryExposureKey readKey(CodedInputStream in) throws IOException {
        byte[] data = new byte[0];
        int trl = 0;
        int start = -1;
        int period = 144; // the schema's default
        int reportType = 0;
        Integer daysSinceOnset = null;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag) {
                case KEY_DATA << 3 | DELIMITED -> data = in.readByteArray();
                case TRANSMISSION_RISK_LEVEL << 3 | VARINT -> trl = in.readInt32();
                case ROLLING_START << 3 | VARINT -> start = in.readInt32();
                case ROLLING_PERIOD << 3 | VARINT -> period = in.readInt32();
                case REPORT_TYPE << 3 | VARINT -> reportType = in.readEnum();
                case DAYS_SINCE_ONSET << 3 | VARINT -> daysSinceOnset = in.readSInt32();
                default -> skip(in, tag);
            }
        }
        return new TemporaryExposureKey(data, start, period, ReportType.ofNumber(reportType), trl, daysSinceOnset);
    }

    private static TekSignature readTekSignature(CodedInputStream in) throws IOException {
        SignatureInfo info = new SignatureInfo("", "", "");
        int batchNum = 0;
        int batchSize = 0;
        byte[] signature = new byte[0];
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag) {
                case SIG_INFO << 3 | DELIMITED -> info = nested(in, ExportCodec::readSignatureInfo);
                case SIG_BATCH_NUM << 3 | VARINT -> batchNum = in.readInt32();
                case SIG_BATCH_SIZE << 3 | VARINT -> batchSize = in.readInt32();
                case SIGNATURE << 3 | DELIMITED -> signature = in.readByteArray();
                default -> skip(in, tag);
            }
        }
        return new TekSignature(info, batchNum, batchSize, signature);
    }

    /** fixed64 is unsigned; anything beyond what Instant holds is garbage rather than a date. */
    private static Instant instant(long epochSeconds) {
        try {
            return Instant.ofEpochSecond(epochSeconds);
        } catch (DateTimeException e) {
            throw new ExposureDataException(MALFORMED_PROTOBUF, "timestamp out of range: " + Long.toUnsignedString(epochSeconds));
        }
    }

    // ---------------------------------------------------------------- encoding

    /** Encodes {@code export.bin} (header included) without judging the content: validation is the writer's job. */
    public static byte[] encodeExport(KeyExport export) {
        int size = CodedOutputStream.computeFixed64Size(START_TIMESTAMP, export.startTimestamp().getEpochSecond())
                + CodedOutputStream.computeFixed64Size(END_TIMESTAMP, export.endTimestamp().getEpochSecond())
                + CodedOutputStream.computeStringSize(REGION, export.region())
                + CodedOutputStream.computeInt32Size(BATCH_NUM, export.batchNum())
                + CodedOutputStream.computeInt32Size(BATCH_SIZE, export.batchSize());
        for (SignatureInfo info : export.signatureInfos()) {
            size += delimitedSize(SIGNATURE_INFOS, signatureInfoSize(info));
        }
        for (TemporaryExposureKey key : export.keys()) {
            size += delimitedSize(KEYS, keySize(key));
        }
        for (TemporaryExposureKey key : export.revisedKeys()) {
            size += delimitedSize(REVISED_KEYS, keySize(key));
        }
        byte[] out = Arrays.copyOf(HEADER, HEADER.length + size);
        CodedOutputStream cos = CodedOutputStream.newInstance(out, HEADER.length, size);
        try {
            cos.writeFixed64(START_TIMESTAMP, export.startTimestamp().getEpochSecond());
            cos.writeFixed64(END_TIMESTAMP, export.endTimestamp().getEpochSecond());
            cos.writeString(REGION, export.region());
            cos.writeInt32(BATCH_NUM, export.batchNum());
            cos.writeInt32(BATCH_SIZE, export.batchSize());
            for (SignatureInfo info : export.signatureInfos()) {
                cos.writeTag(SIGNATURE_INFOS, DELIMITED);
                cos.writeUInt32NoTag(signatureInfoSize(info));
                writeSignatureInfo(cos, info);
            }
            for (TemporaryExposureKey key : export.keys()) {
                writeKey(cos, KEYS, key);
            }
            for (TemporaryExposureKey key : export.revisedKeys()) {
                writeKey(cos, REVISED_KEYS, key);
            }
            cos.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new UncheckedIOException("size computation and encoding disagree", e);
        }
        return out;
    }

    public static byte[] encodeSignatureList(List<TekSignature> signatures) {
        int size = 0;
        for (TekSignature signature : signatures) {
            size += delimitedSize(SIGNATURES, tekSignatureSize(signature));
        }
        byte[] out = new byte[size];
        CodedOutputStream cos = CodedOutputStream.newInstance(out);
        try {
            for (TekSignature signature : signatures) {
                cos.writeTag(SIGNATURES, DELIMITED);
                cos.writeUInt32NoTag(tekSignatureSize(signature));
                cos.writeTag(SIG_INFO, DELIMITED);
                cos.writeUInt32NoTag(signatureInfoSize(signature.info()));
                writeSignatureInfo(cos, signature.info());
                cos.writeInt32(SIG_BATCH_NUM, signature.batchNum());
                cos.writeInt32(SIG_BATCH_SIZE, signature.batchSize());
                cos.writeByteArray(SIGNATURE, signature.signature());
            }
            cos.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new UncheckedIOException("size computation and encoding disagree", e);
        }
        return out;
    }

    private static int delimitedSize(int field, int messageSize) {
        return CodedOutputStream.computeTagSize(field) + CodedOutputStream.computeUInt32SizeNoTag(messageSize) + messageSize;
    }

    private static int signatureInfoSize(SignatureInfo info) {
        return CodedOutputStream.computeStringSize(KEY_VERSION, info.verificationKeyVersion())
                + CodedOutputStream.computeStringSize(KEY_ID, info.verificationKeyId())
                + CodedOutputStream.computeStringSize(ALGORITHM, info.signatureAlgorithm());
    }

    private static void writeSignatureInfo(CodedOutputStream cos, SignatureInfo info) throws IOException {
        cos.writeString(KEY_VERSION, info.verificationKeyVersion());
        cos.writeString(KEY_ID, info.verificationKeyId());
        cos.writeString(ALGORITHM, info.signatureAlgorithm());
    }

    private static int tekSignatureSize(TekSignature signature) {
        return delimitedSize(SIG_INFO, signatureInfoSize(signature.info()))
                + CodedOutputStream.computeInt32Size(SIG_BATCH_NUM, signature.batchNum())
                + CodedOutputStream.computeInt32Size(SIG_BATCH_SIZE, signature.batchSize())
                + CodedOutputStream.computeByteArraySize(SIGNATURE, signature.signature());
    }

    /** Optional fields at their default (no report type, no risk level, no onset) are left out, as GAEN servers do. */
    private static int keySize(TemporaryExposureKey key) {
        int size = CodedOutputStream.computeTagSize(KEY_DATA) + 1 + TemporaryExposureKey.KEY_LENGTH_BYTES
                + CodedOutputStream.computeInt32Size(ROLLING_START, key.rollingStartIntervalNumber())
                + CodedOutputStream.computeInt32Size(ROLLING_PERIOD, key.rollingPeriod());
        if (key.transmissionRiskLevel() != 0) {
            size += CodedOutputStream.computeInt32Size(TRANSMISSION_RISK_LEVEL, key.transmissionRiskLevel());
        }
        if (key.reportType() != ReportType.UNKNOWN) {
            size += CodedOutputStream.computeEnumSize(REPORT_TYPE, key.reportType().number());
        }
        if (key.daysSinceOnsetOfSymptoms() != null) {
            size += CodedOutputStream.computeSInt32Size(DAYS_SINCE_ONSET, key.daysSinceOnsetOfSymptoms());
        }
        return size;
    }

    private static void writeKey(CodedOutputStream cos, int field, TemporaryExposureKey key) throws IOException {
        cos.writeTag(field, DELIMITED);
        cos.writeUInt32NoTag(keySize(key));
        cos.writeByteArray(KEY_DATA, key.keyData());
        if (key.transmissionRiskLevel() != 0) {
            cos.writeInt32(TRANSMISSION_RISK_LEVEL, key.transmissionRiskLevel());
        }
        cos.writeInt32(ROLLING_START, key.rollingStartIntervalNumber());
        cos.writeInt32(ROLLING_PERIOD, key.rollingPeriod());
        if (key.reportType() != ReportType.UNKNOWN) {
            cos.writeEnum(REPORT_TYPE, key.reportType().number());
        }
        if (key.daysSinceOnsetOfSymptoms() != null) {
            cos.writeSInt32(DAYS_SINCE_ONSET, key.daysSinceOnsetOfSymptoms());
        }
    }
}
