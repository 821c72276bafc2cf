package vn.greenzone.simulator;

import java.util.List;

import vn.greenzone.exposurenotification.TemporaryExposureKey;
import vn.greenzone.exposurenotification.VerificationKey;

/** Where diagnosed phones publish their keys and every phone downloads what was published. */
public interface KeyServer {

    /** The diagnosed phone {@code phone} uploads its keys. */
    void publish(int phone, List<TemporaryExposureKey> keys);

    /** Export files as phones download them, and the key that verifies them. */
    Downloaded download();

    record Downloaded(List<byte[]> exports, VerificationKey verificationKey) {
    }
}
