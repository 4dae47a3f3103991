// Contractor: inbox of assigned requests, each client shown under its pseudonym.
import { mountList } from "../lib/listpage.js";

mountList({ viewer: "contractor" });
