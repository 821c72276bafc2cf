/** Demo data on request ({@code --demo}): a believable Tỉnh Bình Phước with residents and officials. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package vn.greenzone.demo;
