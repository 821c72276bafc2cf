package vn.greenzone.demo;

import vn.greenzone.identity.Role;

/** One demo login, listed in the README. */
record DemoOfficial(String phone, String fullName, Role role, String unitCode) {
}
