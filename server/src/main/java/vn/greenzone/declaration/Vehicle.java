package vn.greenzone.declaration;

/** How a domestic traveller travels. */
public enum Vehicle {
    PLANE, TRAIN, BUS, CAR, MOTORBIKE, SHIP, OTHER;

    public String labelKey() {
        return "declaration.vehicle." + name();
    }
}
