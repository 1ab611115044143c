//! Warehouse nodes, expected ship dates and the network of lanes.
