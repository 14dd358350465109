package dev.benchproof.compat;

/** One reason an inclusion could not be proven, already named and located from the old schema's point of view. */
record Finding(ChangeType type, String oldPointer, String newPointer, String member, String oldValue, String newValue) {
}
