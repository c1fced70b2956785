package org.mekong.jtf.common.validation;

/**
 * Validation group checked before every other constraint of a request (with
 * {@code @GroupSequence({ListBounds.class, TheRequest.class})}): a list over its size bound is
 * refused before each of its thousands of elements is looked at.
 */
public interface ListBounds {
}
