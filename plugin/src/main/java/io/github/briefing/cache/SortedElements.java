package io.github.briefing.cache;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A set as the cache file gives it, element by element in order (the file is written from sorted sets): kept in a
 * list, so that a record's {@code TreeSet} copies it in one pass, as {@link SortedEntries} does for maps. Elements
 * out of order are sorted into a tree when first met; so is the set for anything but iteration.
 */
final class SortedElements<E extends Comparable<E>> extends AbstractSet<E> implements SortedSet<E> {

    private final List<E> elements = new ArrayList<>();
    private TreeSet<E> tree;

    @Override
    public boolean add(E element) {
        if (tree == null && (elements.isEmpty() || elements.get(elements.size() - 1).compareTo(element) < 0)) {
            return elements.add(element);
        }
        return tree().add(element);
    }

    private TreeSet<E> tree() {
        if (tree == null) {
            tree = new TreeSet<>(elements);
            elements.clear();
        }
        return tree;
    }

    @Override
    public Iterator<E> iterator() {
        return tree == null ? elements.iterator() : tree.iterator();
    }

    @Override
    public int size() {
        return tree == null ? elements.size() : tree.size();
    }

    @Override
    public Comparator<? super E> comparator() {
        return null;
    }

    @Override
    public SortedSet<E> subSet(E fromElement, E toElement) {
        return tree().subSet(fromElement, toElement);
    }

    @Override
    public SortedSet<E> headSet(E toElement) {
        return tree().headSet(toElement);
    }

    @Override
    public SortedSet<E> tailSet(E fromElement) {
        return tree().tailSet(fromElement);
    }

    @Override
    public E first() {
        return tree().first();
    }

    @Override
    public E last() {
        return tree().last();
    }
}
