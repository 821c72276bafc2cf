/**
 * The exposure key server: upload codes issued to a case, verification tokens and certificates bound to
 * the keys a phone will upload (the health authority never sees keys, the key server never a phone
 * number), verified key uploads with fake traffic that looks the same.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exposure key server")
package vn.greenzone.exposure;
