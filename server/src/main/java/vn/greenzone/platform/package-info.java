/**
 * Shared infrastructure every capability stands on: the embedded database, problem-detail errors,
 * rate limits, the server secret, masking of personal data. Open to all modules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.greenzone.platform;
