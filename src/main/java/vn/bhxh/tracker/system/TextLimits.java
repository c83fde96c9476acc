package vn.bhxh.tracker.system;

/** How much free text one field takes: long enough for a report's explanations, short of abuse. */
public final class TextLimits {

    /** Characters in one free-text field of a report or a review (its message key: {@code text.tooLong}). */
    public static final int MAX_TEXT = 10_000;

    private TextLimits() {
    }
}
