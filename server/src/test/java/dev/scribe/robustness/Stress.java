package dev.scribe.robustness;

/**
 * How big the storm, abuse and many-files tests are. By default they are sized for CI (two cores,
 * well under two minutes together); {@code mvn verify -Dscribe.fullStress=true} runs them at the
 * full size the reliability issue asks for.
 */
final class Stress {
    static final boolean FULL = Boolean.getBoolean("scribe.fullStress");

    private Stress() {
    }

    /** {@code ci} normally, {@code full} under {@code -Dscribe.fullStress=true}. */
    static int size(int ci, int full) {
        return FULL ? full : ci;
    }
}
