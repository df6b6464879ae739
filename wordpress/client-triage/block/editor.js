// The block in the editor: its options in the sidebar, and the server's own rendering as the
// preview. Plain script over WordPress's globals; no build step.
( function ( blocks, element, blockEditor, components, i18n, ServerSideRender ) {
	const el = element.createElement;
	const __ = i18n.__;
	const DEFAULT = { label: __( 'Default', 'client-triage' ), value: '' };

	blocks.registerBlockType( 'client-triage/widget', {
		edit( { attributes, setAttributes } ) {
			const select = ( name, label, options ) =>
				el( components.SelectControl, {
					label,
					value: attributes[ name ],
					options: [ DEFAULT, ...options ],
					onChange: ( value ) => setAttributes( { [ name ]: value } ),
				} );
			return el(
				'div',
				blockEditor.useBlockProps(),
				el(
					blockEditor.InspectorControls,
					null,
					el(
						components.PanelBody,
						{ title: __( 'Options', 'client-triage' ) },
						select( 'lang', __( 'Language', 'client-triage' ), [
							{ label: 'Deutsch', value: 'de' },
							{ label: 'English', value: 'en' },
						] ),
						el( components.TextControl, {
							label: __( 'Storage key', 'client-triage' ),
							help: __( 'Give each widget on your site its own key (letters, digits and . _ : -).', 'client-triage' ),
							value: attributes.storageKey,
							onChange: ( value ) => setAttributes( { storageKey: value } ),
						} ),
						select( 'theme', __( 'Colours', 'client-triage' ), [
							{ label: __( 'Follow the reader', 'client-triage' ), value: 'auto' },
							{ label: __( 'Light', 'client-triage' ), value: 'light' },
							{ label: __( 'Dark', 'client-triage' ), value: 'dark' },
						] ),
						select( 'events', __( 'Result event for the page', 'client-triage' ), [
							{ label: __( 'On', 'client-triage' ), value: 'on' },
							{ label: __( 'Off', 'client-triage' ), value: 'off' },
						] ),
						select( 'persist', __( 'Ask the browser to keep the data', 'client-triage' ), [
							{ label: __( 'On', 'client-triage' ), value: 'on' },
							{ label: __( 'Off', 'client-triage' ), value: 'off' },
						] ),
						el( components.TextControl, {
							label: __( 'Article address', 'client-triage' ),
							help: __( 'The post that carries the article the advice follows (https://…): its title in the result links to it.', 'client-triage' ),
							type: 'url',
							value: attributes.sourceUrl,
							onChange: ( value ) => setAttributes( { sourceUrl: value } ),
						} ),
						select( 'load', __( 'Loading', 'client-triage' ), [
							{ label: __( 'When the reader comes near', 'client-triage' ), value: 'near' },
							{ label: __( 'At once', 'client-triage' ), value: 'eager' },
						] )
					)
				),
				el( ServerSideRender, { block: 'client-triage/widget', attributes } )
			);
		},
		save: () => null,
	} );
} )( wp.blocks, wp.element, wp.blockEditor, wp.components, wp.i18n, wp.serverSideRender );
