fn main() {
    client_triage::web::start();
}
