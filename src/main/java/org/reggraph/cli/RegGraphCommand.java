package org.reggraph.cli;
public class RegGraphCommand { public static void main(String[] a) {} }
