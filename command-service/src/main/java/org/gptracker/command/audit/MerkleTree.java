package org.gptracker.command.audit;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 §2.1.1 over a list of leaf hashes ({@code MTH({d0}) = SHA-256(0x00 ‖ d0)},
 * {@code MTH(D[n]) = SHA-256(0x01 ‖ MTH(D[0:k]) ‖ MTH(D[k:n]))}, k the largest power of two below n), built once
 * with every node kept, so that each inclusion path (§2.1.3.1) is read off without hashing. Built level by level:
 * adjacent nodes paired from the left, an odd last node carried up unchanged, which makes exactly the nodes of the
 * recursive split. Immutable once built.
 */
final class MerkleTree {

    private static final int HASH = 32;

    /** {@code levels[0]} the leaf hashes, each level its nodes' hashes one after the other; the last level the root. */
    private final byte[][] levels;
    private final int size;

    private MerkleTree(byte[][] levels, int size) {
        this.levels = levels;
        this.size = size;
    }

    static MerkleTree of(List<byte[]> leafHashes) {
        int size = leafHashes.size();
        List<byte[]> levels = new ArrayList<>();
        byte[] leaves = new byte[size * HASH];
        for (int i = 0; i < size; i++) {
            System.arraycopy(leafHashes.get(i), 0, leaves, i * HASH, HASH);
        }
        levels.add(leaves);
        MessageDigest sha256 = sha256();
        for (int count = size; count > 1; count = (count + 1) / 2) {
            byte[] below = levels.get(levels.size() - 1);
            byte[] level = new byte[(count + 1) / 2 * HASH];
            for (int i = 0; i + 1 < count; i += 2) {
                sha256.update((byte) 0x01);
                sha256.update(below, i * HASH, 2 * HASH);
                digestInto(sha256, level, i / 2 * HASH);
            }
            if (count % 2 == 1) {
                System.arraycopy(below, (count - 1) * HASH, level, (count - 1) / 2 * HASH, HASH);
            }
            levels.add(level);
        }
        return new MerkleTree(levels.toArray(byte[][]::new), size);
    }

    /** A digest leaf's hash: {@code SHA-256(0x00 ‖ aggregateId + "\n" + sequence + "\n" + hash)}, the data UTF-8. */
    static byte[] leafHash(String aggregateId, long sequence, String hash) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 0x00);
        sha256.update((aggregateId + "\n" + sequence + "\n" + hash).getBytes(StandardCharsets.UTF_8));
        return sha256.digest();
    }

    int size() {
        return size;
    }

    /** The tree head; that of an empty tree is the hash of nothing. */
    byte[] root() {
        if (size == 0) {
            return sha256().digest();
        }
        return Arrays.copyOf(levels[levels.length - 1], HASH);
    }

    /** The audit path of leaf {@code index}, from the leaf's sibling up to the root's child. */
    List<byte[]> path(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("leaf " + index + " of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        int count = size;
        for (int level = 0; count > 1; level++, index /= 2, count = (count + 1) / 2) {
            int sibling = index ^ 1;
            // a node without a sibling is carried up: nothing is hashed with it at this level
            if (sibling < count) {
                path.add(Arrays.copyOfRange(levels[level], sibling * HASH, sibling * HASH + HASH));
            }
        }
        return path;
    }

    private static void digestInto(MessageDigest sha256, byte[] out, int offset) {
        try {
            sha256.digest(out, offset, HASH);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 gives " + HASH + " bytes", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
