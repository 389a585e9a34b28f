package org.gptracker.command.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 §2.1.1 over a list of leaf hashes: {@code MTH({d0}) = SHA-256(0x00 ‖ d0)},
 * {@code MTH(D[n]) = SHA-256(0x01 ‖ MTH(D[0:k]) ‖ MTH(D[k:n]))} with k the largest power of two below n, and
 * inclusion paths by §2.1.3.1, so that §2.1.3.2 alone checks them.
 */
final class MerkleTree {

    private MerkleTree() {
    }

    /** A digest leaf's data: {@code aggregateId + "\n" + sequence + "\n" + hash}, UTF-8. */
    static byte[] leafHash(String aggregateId, long sequence, String hash) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 0x00);
        sha256.update((aggregateId + "\n" + sequence + "\n" + hash).getBytes(StandardCharsets.UTF_8));
        return sha256.digest();
    }

    static byte[] root(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return sha256().digest();
        }
        return hash(leaves, 0, leaves.size());
    }

    /** The audit path of leaf {@code index}, from the leaf's sibling up to the root's child. */
    static List<byte[]> path(List<byte[]> leaves, int index) {
        if (index < 0 || index >= leaves.size()) {
            throw new IndexOutOfBoundsException("leaf " + index + " of " + leaves.size());
        }
        List<byte[]> path = new ArrayList<>();
        path(leaves, index, 0, leaves.size(), path);
        return path;
    }

    private static void path(List<byte[]> leaves, int index, int from, int to, List<byte[]> path) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = split(n);
        if (index < from + k) {
            path(leaves, index, from, from + k, path);
            path.add(hash(leaves, from + k, to));
        } else {
            path(leaves, index, from + k, to, path);
            path.add(hash(leaves, from, from + k));
        }
    }

    private static byte[] hash(List<byte[]> leaves, int from, int to) {
        if (to - from == 1) {
            return leaves.get(from);
        }
        int k = split(to - from);
        MessageDigest sha256 = sha256();
        sha256.update((byte) 0x01);
        sha256.update(hash(leaves, from, from + k));
        sha256.update(hash(leaves, from + k, to));
        return sha256.digest();
    }

    /** The largest power of two smaller than n (n > 1). */
    private static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
